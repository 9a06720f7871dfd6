export * from './types';
export * from './table2021';
export * from './table2022';
export * from './table2023';
export * from './table2024';
export * from './tables';
export * from './tierFor';
