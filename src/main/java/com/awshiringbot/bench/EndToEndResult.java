package com.awshiringbot.bench;

/**
 * What one end-to-end run measured.
 *
 * @param targetRate the updates per second asked for
 * @param achievedRate the updates per second actually offered (first to last update)
 * @param chats how many chats sent questions
 * @param perChat questions per chat
 * @param latency from an update being available to its {@code sendMessage} arriving
 * @param lost updates that got no {@code sendMessage} before the drain time ran out
 * @param duplicated {@code sendMessage} calls beyond one per update
 */
public record EndToEndResult(
        double targetRate,
        double achievedRate,
        int chats,
        int perChat,
        LatencySummary latency,
        int lost,
        int duplicated) {

    /** How many updates were offered. */
    public int updates() {
        return chats * perChat;
    }
}
