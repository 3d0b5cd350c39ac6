package com.awshiringbot.telegram.botapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

/** The faults a test has scripted, used up in the order they were added. */
final class FaultScript {

    private final List<Rule> rules = new ArrayList<>();

    synchronized void add(String method, Predicate<ObjectNode> when, Fault fault, int times) {
        rules.add(new Rule(method, when, fault, times));
    }

    synchronized void clear() {
        rules.clear();
    }

    /** The fault for this call, used up once, or null to answer normally. */
    synchronized Fault take(String method, ObjectNode params) {
        for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
            Rule rule = it.next();
            if ((rule.method.equals("*") || rule.method.equalsIgnoreCase(method)) && rule.when.test(params)) {
                if (--rule.remaining <= 0) {
                    it.remove();
                }
                return rule.fault;
            }
        }
        return null;
    }

    private static final class Rule {
        final String method;
        final Predicate<ObjectNode> when;
        final Fault fault;
        int remaining;

        Rule(String method, Predicate<ObjectNode> when, Fault fault, int remaining) {
            this.method = method;
            this.when = when;
            this.fault = fault;
            this.remaining = remaining;
        }
    }
}
