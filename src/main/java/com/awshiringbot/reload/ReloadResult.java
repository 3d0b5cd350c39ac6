package com.awshiringbot.reload;

/**
 * How one reload went.
 *
 * @param applied true when the new knowledge now serves, false when the edit was refused and the old one still serves
 * @param message one line for success ({@code Knowledge reloaded: 42 entries (was 40) in 812 ms}); for a refusal, a
 *     first line followed by the validation report
 */
public record ReloadResult(boolean applied, String message) {
}
