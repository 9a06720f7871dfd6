import EqualizerIcon from '@material-ui/icons/Equalizer';
import { compatWrapper } from '@backstage/core-compat-api';
import { PageBlueprint } from '@backstage/frontend-plugin-api';
import { comparisonPageRouteRef } from './routes';

/**
 * The sidebar icon, as in the classic app's sidebar. Material UI icons need
 * `fontSize="inherit"` to fit the new system's 24 px icon slot.
 */
export const deliveryReliabilityIcon = <EqualizerIcon fontSize="inherit" />;

/**
 * The team comparison page. Its `title` and `icon` also make the sidebar
 * item: the new frontend system derives nav items from pages.
 */
export const comparisonPage = PageBlueprint.make({
  params: {
    path: '/delivery-reliability',
    title: 'Delivery & Reliability',
    icon: deliveryReliabilityIcon,
    routeRef: comparisonPageRouteRef,
    // The page brings its own header (title, subtitle); one is enough.
    noHeader: true,
    loader: () =>
      import('../components/DeliveryReliabilityPage').then(m =>
        compatWrapper(<m.DeliveryReliabilityPage />),
      ),
  },
});
