package com.awshiringbot.telegram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.telegram.telegrambots.meta.api.objects.Update;

/** The default {@link UpdateJournal}: remembers recent update ids and the unfinished updates, in memory. */
final class InMemoryUpdateJournal implements UpdateJournal {

    private static final int REMEMBERED_IDS = 10_000;

    private final Map<Integer, Boolean> seen = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Boolean> eldest) {
            return size() > REMEMBERED_IDS;
        }
    };
    private final Map<Integer, Update> unfinished = new LinkedHashMap<>();

    @Override
    public synchronized List<Update> admit(List<Update> batch) {
        List<Update> fresh = new ArrayList<>();
        for (Update update : batch) {
            if (seen.put(update.getUpdateId(), Boolean.TRUE) == null) {
                unfinished.put(update.getUpdateId(), update);
                fresh.add(update);
            }
        }
        return fresh;
    }

    @Override
    public synchronized List<Update> unfinished() {
        return List.copyOf(unfinished.values());
    }

    @Override
    public synchronized void done(Update update) {
        unfinished.remove(update.getUpdateId());
    }
}
