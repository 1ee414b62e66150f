// Draws the tab bar's icons (81×81 PNG, WeChat's recommended size) from the SVG outlines below:
// grey when not chosen, the app's red when chosen. Run once after changing an outline:
//   npx tsx scripts/tab-icons.ts
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { Resvg } from '@resvg/resvg-js'

const OUTLINES: Record<string, string> = {
  home: '<path d="M12 40 L40.5 14 L69 40 M20 34 V66 H34 V49 H47 V66 H61 V34"/>',
  cases: '<rect x="18" y="12" width="45" height="57" rx="5"/><path d="M28 28 H53 M28 40 H53 M28 52 H43"/>',
  messages: '<path d="M14 18 H67 V54 H36 L22 66 V54 H14 Z"/><path d="M27 36 H54"/>',
  me: '<circle cx="40.5" cy="28" r="13"/><path d="M15 68 C17 51 28 45 40.5 45 C53 45 64 51 66 68"/>',
}
const COLOURS = { '': '#666666', '-on': '#c8161d' }

for (const [name, outline] of Object.entries(OUTLINES)) {
  for (const [suffix, colour] of Object.entries(COLOURS)) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="81" height="81" viewBox="0 0 81 81"><g fill="none" stroke="${colour}" stroke-width="5" stroke-linecap="round" stroke-linejoin="round">${outline}</g></svg>`
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: 81 } }).render().asPng()
    writeFileSync(resolve(__dirname, `../src/assets/tab/${name}${suffix}.png`), png)
  }
}
