package com.awshiringbot.bench;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Drives a bot through the local Bot API server: {@code chats} chats send {@code perChat} questions each, at a steady
 * rate, round-robin over the chats (so one chat's questions are {@code chats / rate} seconds apart), and each
 * {@code sendMessage} is matched to the update it answers — by the message it replies to when the bot says, otherwise
 * in order within its chat. The bot itself (child JVM or in-process) is the caller's business.
 */
public final class EndToEndBench {
    private final BenchBotApi api;
    private final List<BenchQuestion> questions;

    public EndToEndBench(BenchBotApi api, QuestionSet questions) {
        this.api = api;
        this.questions = questions.questions();
    }

    /**
     * Runs one load level.
     *
     * @param firstChatId the first chat's id; runs use disjoint ids so per-chat limits do not carry over
     * @param drain how long to wait for the last replies, and for duplicates, after the last update
     */
    public EndToEndResult run(long firstChatId, int chats, int perChat, double rate, Duration drain) {
        if (chats < 1 || perChat < 1 || rate <= 0) {
            throw new IllegalArgumentException("chats >= 1, perChat >= 1 and rate > 0 needed, got "
                    + chats + ", " + perChat + ", " + rate);
        }
        int sentBefore = api.sent().size();
        List<BenchBotApi.Offered> offered = new ArrayList<>();
        long start = System.nanoTime();
        long interval = (long) (1e9 / rate);
        for (int i = 0; i < chats * perChat; i++) {
            long due = start + i * interval;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            int chat = i % chats;
            BenchQuestion question = questions.get(i % questions.size());
            String language = question.kind() == BenchQuestion.Kind.ENGLISH ? "en" : "ko";
            offered.add(api.offerText(firstChatId + chat, question.text(), language));
        }
        long last = offered.get(offered.size() - 1).availableNanos();
        double achieved = offered.size() < 2 ? rate
                : (offered.size() - 1) / ((last - offered.get(0).availableNanos()) / 1e9);
        api.awaitSent(sentBefore + offered.size(), drain);
        // Duplicates can trail the last reply: give them a moment to show up.
        LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        List<BenchBotApi.SentMessage> sent = api.sent();
        return match(offered, sent.subList(sentBefore, sent.size()), rate, achieved, chats, perChat);
    }

    static EndToEndResult match(List<BenchBotApi.Offered> offered, List<BenchBotApi.SentMessage> sent,
            double rate, double achieved, int chats, int perChat) {
        Map<Long, Deque<BenchBotApi.Offered>> unansweredByChat = new LinkedHashMap<>();
        Map<Long, BenchBotApi.Offered> byMessageId = new HashMap<>();
        for (BenchBotApi.Offered update : offered) {
            unansweredByChat.computeIfAbsent(update.chatId(), c -> new ArrayDeque<>()).add(update);
            byMessageId.put(update.messageId(), update);
        }
        LatencyRecorder latency = new LatencyRecorder(offered.size());
        int duplicated = 0;
        for (BenchBotApi.SentMessage message : sent) {
            Deque<BenchBotApi.Offered> waiting = unansweredByChat.get(message.chatId());
            BenchBotApi.Offered answered = null;
            BenchBotApi.Offered named = byMessageId.get(message.replyTo());
            if (named != null && named.chatId() == message.chatId()) {
                answered = waiting != null && waiting.remove(named) ? named : null;
            } else if (waiting != null) {
                answered = waiting.pollFirst();
            }
            if (answered == null) {
                duplicated++;
            } else {
                latency.record(Math.max(0, message.arrivalNanos() - answered.availableNanos()));
            }
        }
        int lost = unansweredByChat.values().stream().mapToInt(Deque::size).sum();
        return new EndToEndResult(rate, achieved, chats, perChat, latency.summary(), lost, duplicated);
    }
}
