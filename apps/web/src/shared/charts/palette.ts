/**
 * Colours of the charts: Okabe–Ito hues (told apart with every common colour-vision deficiency),
 * never red against green, each series also told apart by shape or line style.
 */
export const PALETTE = {
  /** Every municipality's bar: a neutral slate. */
  neutral: '#5f6f84',
  /** The municipality being compared ("we"): orange, with a dark outline for contrast. */
  ours: '#E69F00',
  outline: '#1b2430',
  /** The network's figure over years. */
  network: '#0072B2',
  /** The national reference: dark, dashed. */
  nation: '#1b2430',
} as const;
