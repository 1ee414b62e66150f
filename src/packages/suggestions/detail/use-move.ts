import { useBusy } from '../../../components/use-busy'
import type { SessionUser } from '../../../core/identity/viewer'
import type { SuggestionView } from '../../../core/suggestions/types'
import { toast } from '../../../services/platform'

export type Props = { s: SuggestionView; user: SessionUser; onDone(next: SuggestionView): void }

/** One move's button: busy while it goes, the server's refusal told, the suggestion as it is after. */
export function useMove(onDone: Props['onDone']) {
  const [busy, run] = useBusy()
  return { busy, go: (said: string, work: () => Promise<SuggestionView>) => run(async () => (onDone(await work()), void toast(said, 'success'))) }
}
