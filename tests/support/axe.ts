import type { Page } from 'playwright-core'

type AxeResult = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }

/**
 * axe-core's rules on the page as it stands: every rule axe runs by default (WCAG 2 A and AA,
 * contrast among them, and the best practices: one main landmark, one heading of level one,
 * content inside landmarks). Each violation as `rule: where` (the first three places).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') })
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<AxeResult> } }).axe
    const r = await axe.run(document, { resultTypes: ['violations'] })
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
  })
}
