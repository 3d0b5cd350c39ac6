package com.awshiringbot.reload;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an action on {@code SIGHUP} (the Unix convention for "reload your configuration": {@code kill -HUP <pid>}).
 * It uses {@code sun.misc.Signal} from the {@code jdk.unsupported} module, through reflection so that the build stays
 * free of its "internal proprietary API" warning and so that a JVM or platform without it (Windows has no SIGHUP)
 * just reports that the signal is unavailable.
 */
public final class HangupSignal {
    private static final Logger log = LoggerFactory.getLogger(HangupSignal.class);

    private HangupSignal() {
    }

    /**
     * Installs {@code action} as the {@code SIGHUP} handler, replacing the JVM's default (which would shut it down).
     * The action runs on the JVM's signal thread, so it should only hand work off.
     *
     * @return true when installed, false when this platform offers no SIGHUP handling
     */
    public static boolean install(Runnable action) {
        Objects.requireNonNull(action, "action");
        try {
            Class<?> signalClass = Class.forName("sun.misc.Signal");
            Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
            Object hangup = signalClass.getConstructor(String.class).newInstance("HUP");
            InvocationHandler dispatch = (proxy, method, args) -> dispatch(proxy, method, args, action);
            Object handler = Proxy.newProxyInstance(HangupSignal.class.getClassLoader(), new Class<?>[] {handlerClass}, dispatch);
            signalClass.getMethod("handle", signalClass, handlerClass).invoke(null, hangup, handler);
            return true;
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            log.info("SIGHUP reload is unavailable here: {}", cause.toString());
            return false;
        }
    }

    private static Object dispatch(Object proxy, Method method, Object[] args, Runnable action) {
        switch (method.getName()) {
            case "handle" -> {
                try {
                    action.run();
                } catch (RuntimeException e) {
                    log.error("The SIGHUP action failed", e);
                }
                return null;
            }
            case "hashCode" -> {
                return System.identityHashCode(proxy);
            }
            case "equals" -> {
                return proxy == args[0];
            }
            case "toString" -> {
                return "HangupSignal handler";
            }
            default -> throw new UnsupportedOperationException(method.getName());
        }
    }
}
