import { FunnelPage } from '../../../components/funnel-view'

export default FunnelPage
