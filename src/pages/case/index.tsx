import { CasePage } from '../../components/case-page'

export default CasePage
