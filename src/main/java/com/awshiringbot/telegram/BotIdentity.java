package com.awshiringbot.telegram;

/** Who the bot is, from {@code getMe}: its user id and its username (without the {@code @}). */
record BotIdentity(long id, String username) {
}
