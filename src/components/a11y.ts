/** What screen readers read where the eye reads text beside the element. */

/**
 * The name a screen reader gives a field whose label stands beside it as text: Taro's H5 fields
 * hand `nativeProps` to the native input, where the browser reads it.
 */
export const labelled = (name: string) => ({ nativeProps: { 'aria-label': name } })

/** A photo's text for screen readers (H5: the native img's alt). */
export const alt = (text: string) => ({ nativeProps: { alt: text } })
