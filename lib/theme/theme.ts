// Theme preference: "light" | "dark" chosen by the user, else the system setting.
// Pure and shared by the no-flash head script and the toggle, so both read the same key.

export type Theme = "light" | "dark";

export const THEME_STORAGE_KEY = "paperboard-theme";

export function parseTheme(value: unknown): Theme | null {
  return value === "light" || value === "dark" ? value : null;
}

/**
 * Runs in <head> before first paint: applies a stored choice to <html data-theme>, so a reader who picked
 * a theme never sees a flash of the other one. No choice: nothing is set and CSS follows the system.
 */
export const THEME_HEAD_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;
