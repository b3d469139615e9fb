package vn.motcua.bot.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.bot.delivery.Outbox.OutgoingReply;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.ConversationKey;
import vn.motcua.bot.message.OutboundChannel;
import vn.motcua.bot.message.Reply;
import vn.motcua.bot.rendering.OfferedOptions;

/**
 * Use case: deliver replies on their channel. Replies wait in the {@link Outbox} until the channel took
 * them; one delivering thread picks what is due, keeps each recipient's replies in order, keeps each
 * channel within its {@link Pace} and backs off on refusals (never sooner than the channel asked).
 * Sends to different recipients go out in parallel: a channel API answers in tens of milliseconds,
 * so one send at a time caps an SMS blast at a few replies a second.
 */
public class DeliveringReplies {
    private static final Logger log = LoggerFactory.getLogger(DeliveringReplies.class);
    static final Duration IDLE_CHECK = Duration.ofSeconds(1);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    static final Duration GIVE_UP_AFTER = Duration.ofHours(24);

    private final Outbox outbox;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final Map<Channel, Throttle> throttles = new EnumMap<>(Channel.class);
    private final OfferedOptions offered;
    private final Clock clock;
    private final AtomicLong sequence;
    private final ExecutorService sending;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private boolean woken;

    /** Sends one reply at a time, on the delivering thread (tests, tiny installations). */
    public DeliveringReplies(Outbox outbox, List<ChannelSender> senders, OfferedOptions offered, Clock clock) {
        this(outbox, senders, offered, clock, 1);
    }

    /** Sends up to {@code parallelSends} replies to different recipients at once. */
    public DeliveringReplies(Outbox outbox, List<ChannelSender> senders, OfferedOptions offered, Clock clock,
                             int parallelSends) {
        this.sending = parallelSends > 1 ? Executors.newFixedThreadPool(parallelSends, daemon()) : null;
        this.outbox = outbox;
        for (ChannelSender sender : senders) {
            this.senders.put(sender.channel(), sender);
            this.throttles.put(sender.channel(), new Throttle(sender.pace()));
        }
        this.offered = offered;
        this.clock = clock;
        this.sequence = new AtomicLong(outbox.all().stream().mapToLong(OutgoingReply::sequence).max().orElse(0));
    }

    public boolean canSendOn(Channel channel) {
        return senders.containsKey(channel);
    }

    /**
     * Queues the replies and returns at once; the options of the last reply that has some become the
     * numbered offer. A reply too long for the channel is queued as its parts, one entry each.
     */
    public void send(Channel channel, String recipient, List<Reply> replies) {
        if (!canSendOn(channel)) {
            log.warn("No sender for channel {} (is it configured?): {} replies to {} not sent",
                    channel.key(), replies.size(), recipient);
            return;
        }
        List<Reply.Option> options = replies.stream().map(Reply::options).filter(o -> !o.isEmpty())
                .reduce((first, second) -> second).orElse(List.of());
        offered.offer(new ConversationKey(channel, recipient), options);
        Instant now = clock.instant();
        ChannelSender sender = senders.get(channel);
        for (Reply reply : replies) {
            for (Reply part : sender.parts(reply)) {
                outbox.add(new OutgoingReply(UUID.randomUUID().toString(), nextSequence(now), channel, recipient,
                        part, 0, now, now));
            }
        }
        wake();
    }

    /**
     * Sequences follow the clock (microseconds), so that when an instance adopts the outbox of one that
     * stopped, the two instances' replies to one recipient go out in the order they were written; within
     * this instance they strictly increase, even if the clock steps back or many come in one microsecond.
     */
    private long nextSequence(Instant now) {
        long micros = Math.multiplyExact(now.getEpochSecond(), 1_000_000L) + now.getNano() / 1_000;
        return sequence.accumulateAndGet(micros, (last, time) -> Math.max(last + 1, time));
    }

    /** The port other features (dossier notifications, postal updates) send through. */
    public OutboundChannel outboundChannel(Channel channel) {
        return new OutboundChannel() {
            @Override
            public Channel channel() {
                return channel;
            }

            @Override
            public void send(String recipient, List<Reply> replies) {
                DeliveringReplies.this.send(channel, recipient, replies);
            }
        };
    }

    /** Sends what is due now; answers how long until something more may be due. One thread only. */
    public Duration deliverDue() {
        Duration next = IDLE_CHECK;
        Set<String> held = new HashSet<>();
        List<Callable<Duration>> attempts = new ArrayList<>();
        List<OutgoingReply> queue = outbox.all().stream()
                .sorted(Comparator.comparingLong(OutgoingReply::sequence)).toList();
        for (OutgoingReply reply : queue) {
            String who = reply.channel().key() + ":" + reply.recipient();
            if (held.contains(who)) {
                continue; // an earlier reply to the same recipient is waiting or on its way: keep the order
            }
            Duration wait = waitFor(reply);
            if (!wait.isZero()) {
                held.add(who);
                next = shorter(next, wait);
                continue;
            }
            Throttle throttle = throttles.get(reply.channel());
            if (throttle != null) {
                throttle.sent(reply.recipient(), clock.instant()); // reserve the slot before sending
            }
            if (sending == null) {
                Duration retryIn = attempt(reply);
                if (retryIn != null) {
                    held.add(who);
                    next = shorter(next, retryIn);
                }
            } else {
                held.add(who); // one reply per recipient in flight; the next goes on the following pass
                attempts.add(() -> attempt(reply));
            }
        }
        for (Duration retryIn : run(attempts)) {
            // null: sent, so the recipient's next reply may be due at once
            next = shorter(next, retryIn == null ? Duration.ZERO : retryIn);
        }
        return next;
    }

    private List<Duration> run(List<Callable<Duration>> attempts) {
        List<Duration> results = new ArrayList<>();
        if (attempts.size() < 2) {
            for (Callable<Duration> a : attempts) {
                results.add(call(a));
            }
            return results;
        }
        try {
            for (Future<Duration> f : sending.invokeAll(attempts)) {
                results.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            log.error("A send failed unexpectedly; it stays in the outbox", e.getCause());
        }
        return results;
    }

    private static Duration call(Callable<Duration> attempt) {
        try {
            return attempt.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ThreadFactory daemon() {
        AtomicLong n = new AtomicLong();
        return r -> {
            Thread t = new Thread(r, "delivery-send-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Blocks until something was queued or {@code max} passed. */
    public void awaitWork(Duration max) throws InterruptedException {
        lock.lock();
        try {
            if (!woken) {
                work.await(Math.max(1, max.toMillis()), TimeUnit.MILLISECONDS);
            }
            woken = false;
        } finally {
            lock.unlock();
        }
    }

    private Duration waitFor(OutgoingReply reply) {
        Instant now = clock.instant();
        if (reply.notBefore().isAfter(now)) {
            return Duration.between(now, reply.notBefore());
        }
        Throttle throttle = throttles.get(reply.channel());
        return throttle == null ? Duration.ZERO : throttle.waitFor(reply.recipient(), now);
    }

    /** Sends one reply; null when it is done with, else how long until its retry. */
    private Duration attempt(OutgoingReply reply) {
        ChannelSender sender = senders.get(reply.channel());
        if (sender == null) {
            log.warn("Dropping a reply to {} on {}: that channel is off", reply.recipient(), reply.channel().key());
            outbox.remove(reply.id());
            return null;
        }
        SendResult result;
        try {
            result = sender.send(reply.recipient(), reply.reply());
        } catch (RuntimeException e) {
            result = new SendResult.RetryLater(Duration.ZERO, e.toString());
        }
        Instant now = clock.instant();
        if (result instanceof SendResult.RetryLater later) {
            return retry(reply, later, now);
        }
        if (result instanceof SendResult.Undeliverable undeliverable) {
            log.warn("Reply to {} on {} is undeliverable: {}", reply.recipient(), reply.channel().key(),
                    undeliverable.reason());
        }
        outbox.remove(reply.id());
        return null;
    }

    private Duration retry(OutgoingReply reply, SendResult.RetryLater later, Instant now) {
        int attempts = reply.attempts() + 1;
        if (reply.createdAt().plus(GIVE_UP_AFTER).isBefore(now)) {
            // a day late, an answer or a notification is more confusing than helpful
            log.error("Giving up on a reply to {} on {} after {} attempts: {}", reply.recipient(),
                    reply.channel().key(), attempts, later.reason());
            outbox.remove(reply.id());
            return null;
        }
        Duration backoff = backoff(reply.attempts());
        Duration delay = later.after().compareTo(backoff) > 0 ? later.after() : backoff;
        log.info("Sending to {} on {} failed ({}); retrying in {} ms", reply.recipient(), reply.channel().key(),
                later.reason(), delay.toMillis());
        outbox.update(reply.retry(now.plus(delay)));
        return delay;
    }

    /** 0.5 s, 1 s, 2 s, ... up to five minutes. */
    static Duration backoff(int previousAttempts) {
        long millis = 500L << Math.min(previousAttempts, 20);
        return millis > MAX_BACKOFF.toMillis() ? MAX_BACKOFF : Duration.ofMillis(millis);
    }

    private void wake() {
        lock.lock();
        try {
            woken = true;
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private static Duration shorter(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
