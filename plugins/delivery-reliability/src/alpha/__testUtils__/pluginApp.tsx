import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import {
  appTreeApiRef,
  PageBlueprint,
  useApi,
} from '@backstage/frontend-plugin-api';
import {
  renderTestApp,
  RenderTestAppOptions,
} from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import deliveryReliabilityPlugin from '../../alpha';
import { DeliveryReliabilityApi, deliveryReliabilityApiRef } from '../../api';

type JsonObject = NonNullable<RenderTestAppOptions['config']>;

/** Lists, in app order, the ids of the extensions the plugin put in the app. */
function PluginExtensionIds() {
  const { tree } = useApi(appTreeApiRef).getTree();
  const ids = [...tree.nodes.values()]
    .filter(node => node.spec.plugin.pluginId === 'delivery-reliability')
    .map(node => node.spec.id);
  return (
    <ul aria-label="extension ids">
      {ids.map(id => (
        <li key={id}>{id}</li>
      ))}
    </ul>
  );
}

/** A page at `/probe` that shows {@link PluginExtensionIds}. */
const probePage = PageBlueprint.make({
  name: 'probe',
  params: { path: '/probe', loader: async () => <PluginExtensionIds /> },
});

/**
 * Renders a whole new-frontend-system app (layout, sidebar, routes) with
 * the /alpha plugin installed, opened at `route`; `/probe` lists the
 * plugin's extension ids. `extensions` is the `app.extensions` config.
 */
export function renderPluginApp(options: {
  route: string;
  api: Partial<DeliveryReliabilityApi>;
  extensions?: JsonObject[];
}) {
  return renderTestApp({
    features: [deliveryReliabilityPlugin],
    extensions: [probePage],
    initialRouteEntries: [options.route],
    apis: [[deliveryReliabilityApiRef, options.api]],
    config: {
      app: {
        baseUrl: 'http://localhost:3000',
        extensions: options.extensions ?? [],
      },
      backend: { baseUrl: 'http://localhost:7007' },
    },
    // In an app the catalog plugin mounts the entity pages rows link to.
    mountedRoutes: {
      '/catalog/:namespace/:kind/:name': convertLegacyRouteRef(entityRouteRef),
    },
  });
}
