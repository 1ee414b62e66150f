import { ReportPage } from '../../../components/report-page'

export default function DeputyStats() {
  return <ReportPage dimensions={['month', 'department', 'category']} />
}
