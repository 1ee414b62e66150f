/** The openid a demo persona signs in as; the demo seed creates one user for each. */
export const personaOpenid = (persona: string): string => `demo-${persona}`
