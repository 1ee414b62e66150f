import { ReportPage } from '../../../components/report-page'

export default function OfficeStats() {
  return <ReportPage dimensions={['month', 'station', 'deputy', 'department', 'category']} />
}
