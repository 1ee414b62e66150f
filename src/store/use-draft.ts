import { useAppStore } from '.'

/**
 * A form's draft on the store: what was typed, else `initial()` (the page's data, a fresh
 * submission id) until the first edit saves it; a patch that saves at once; and a clear for when
 * the server has it.
 */
export function useDraft<T extends object>(key: string, initial: () => T): [T, (patch: Partial<T>) => void, () => void] {
  const saved = useAppStore((s) => s.drafts[key]) as T | undefined
  const saveDraft = useAppStore((s) => s.saveDraft)
  const dropDraft = useAppStore((s) => s.dropDraft)
  const value = saved ?? initial()
  // From the store's latest, not this render's: two edits in one tick both land.
  const update = (patch: Partial<T>) => saveDraft(key, { ...((useAppStore.getState().drafts[key] as T | undefined) ?? value), ...patch })
  return [value, update, () => dropDraft(key)]
}
