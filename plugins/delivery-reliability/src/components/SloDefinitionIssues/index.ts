export {
  SloDefinitionIssues,
  describeOpenSloDocument,
} from './SloDefinitionIssues';
