import { useAppStore } from '.'

/** A change to a draft: the fields to set, or how to make them from the draft as it is now. */
export type DraftPatch<T> = Partial<T> | ((draft: T) => Partial<T>)

/**
 * A form's draft on the store: what was typed, else `initial()` (the page's data, a fresh
 * submission id) until the first edit saves it; a patch that saves at once; and a clear for when
 * the server has it. Patches apply to the store's latest draft, not the render's, so two edits in
 * one tick (a picker's default and a keystroke) both land.
 */
export function useDraft<T extends object>(key: string, initial: () => T): [T, (patch: DraftPatch<T>) => void, () => void] {
  const saved = useAppStore((s) => s.drafts[key]) as T | undefined
  const saveDraft = useAppStore((s) => s.saveDraft)
  const dropDraft = useAppStore((s) => s.dropDraft)
  const value = saved ?? initial()
  const update = (patch: DraftPatch<T>) => {
    const latest = (useAppStore.getState().drafts[key] as T | undefined) ?? value
    saveDraft(key, { ...latest, ...(typeof patch === 'function' ? patch(latest) : patch) })
  }
  return [value, update, () => dropDraft(key)]
}
