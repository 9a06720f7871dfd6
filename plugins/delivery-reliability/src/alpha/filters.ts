/**
 * Default `filter`s of the entity tabs and cards, as filter-predicate objects
 * so that an app can replace them under `app.extensions.<id>.config.filter`.
 *
 * They follow the classic `EntityPage.tsx`: services and websites get the
 * tabs and cards without an annotation check, because each tab's empty state
 * tells the owner which annotation or events to add.
 */

/** Components of type `service` or `website`. */
export const serviceOrWebsiteFilter = {
  kind: 'component',
  'spec.type': { $in: ['service', 'website'] },
};

/** Groups (teams): their Delivery tab rolls up every component they own. */
export const groupFilter = { kind: 'group' };

/**
 * Where the verdict makes sense: services and websites, and Systems and
 * Groups, whose verdict rolls up the components they hold or own.
 */
export const overviewFilter = {
  $any: [serviceOrWebsiteFilter, { kind: { $in: ['system', 'group'] } }],
};
