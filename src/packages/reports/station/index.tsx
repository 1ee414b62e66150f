import { ReportPage } from '../../../components/report-page'

export default function StationStats() {
  return <ReportPage dimensions={['month', 'deputy', 'department', 'category']} />
}
