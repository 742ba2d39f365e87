/**
 * The secrets every demo account starts with (the sign-in screen shows them). A leaf that imports nothing,
 * so the privacy self-check can name accounts still on the demo PIN without loading the demo stores, which
 * go through the checklists, which read the self-check: importing the face would close that circle.
 */
export const DEMO_PIN = '123456';
export const DEMO_ADMIN_PASSWORD = 'branchline-demo';
