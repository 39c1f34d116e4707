/** Every word of the sign-in page, in one place so that a zh-CN table can be added. */
export const AUTH_STRINGS = {
  pageTitle: "Sign in",
  product: "Nightshift",
  tagline: "Operations console for scheduled data pipelines",
  username: "Username",
  password: "Password",
  submit: "Sign in",
  submitting: "Signing in…",
  showPassword: "Show password",
  hidePassword: "Hide password",
  reasons: {
    expired: "Your session has ended. Sign in again to continue where you were.",
    "signed-out": "You have signed out.",
  },
  errors: {
    title: "Could not sign you in",
    UNAUTHENTICATED: "Wrong username or password. Check both (passwords are case-sensitive) and try again.",
    RATE_LIMITED: "Too many failed attempts for this username from here.",
    NETWORK: "The console did not answer. Check that Nightshift is running, then try again.",
    fallback: "Something went wrong. Try again in a moment.",
  },
  firstRunHint: "First time here? npm start created the user “admin” and printed its password; it is also saved in .data/initial-admin-password.txt.",
  forgotHint: "Forgot your password? An admin can reset it under Settings → Users.",
} as const;
