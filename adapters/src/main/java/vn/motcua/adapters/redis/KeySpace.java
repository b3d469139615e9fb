package vn.motcua.adapters.redis;

import vn.motcua.bot.message.ConversationKey;

/**
 * Every Redis key the assistant uses, in one place. Knowledge-base keys share the hash tag {@code {kb}}
 * so the scripts that touch several of them also run on Redis Cluster (one slot).
 */
record KeySpace(String prefix) {

    String conversation(ConversationKey key) {
        return prefix + "conversation:" + key.asString();
    }

    String inboxQuestions() {
        return prefix + "{inbox}:questions";
    }

    String inboxOrder() {
        return prefix + "{inbox}:order";
    }

    String inboxCounter() {
        return prefix + "{inbox}:counter";
    }

    String procedure(String id) {
        return prefix + "{kb}:procedure:" + id;
    }

    /** Hash: procedure id to version, the index of the knowledge base. */
    String procedureVersions() {
        return prefix + "{kb}:versions";
    }

    /** Counter bumped by every knowledge-base change, so a resync can tell cheaply whether it has work. */
    String knowledgeRevision() {
        return prefix + "{kb}:revision";
    }

    /** Set while Redis holds the knowledge base; absent after Redis lost its data. */
    String knowledgePresent() {
        return prefix + "{kb}:present";
    }

    /** Which seeds were applied (fingerprints) and whether an import replaced them. */
    String seedState() {
        return prefix + "{kb}:seed-state";
    }

    /** Pub/sub channel carrying the id of each changed procedure. */
    String knowledgeChanges() {
        return prefix + "kb-changes";
    }

    /** List of admin synonyms, {@code phrase<TAB>meaning}, oldest first. */
    String synonyms() {
        return prefix + "{kb}:synonyms";
    }

    /** Pub/sub channel told of every synonym added (the message is how many). */
    String synonymChanges() {
        return prefix + "kb-synonyms";
    }

    String delivery(String deliveryId) {
        return prefix + "delivery:" + deliveryId;
    }

    String rateLimit(String sender) {
        return prefix + "rate:" + sender;
    }

    String offeredOptions(ConversationKey key) {
        return prefix + "offered:" + key.asString();
    }

    String dossier(String code) {
        return prefix + "dossier:" + code;
    }

    /** The day (Vietnam time) the demo dossiers were last written, so one instance a day does it. */
    String demoDossiersLoaded() {
        return prefix + "dossier-demo:loaded-on";
    }

    /** Failed lookups in the sliding window, per sender or per code ({@code kind}). */
    String failures(String kind, String who) {
        return prefix + "lookup:failures:" + kind + ":" + who;
    }

    String lockOut(String kind, String who) {
        return prefix + "lookup:locked:" + kind + ":" + who;
    }

    String opened(String sender, String code) {
        return prefix + "lookup:opened:" + sender + "|" + code;
    }

    /** Subscription keys share the hash tag {@code {subs}}: the scripts touch several at once. */
    String subscriptionPrefix() {
        return prefix + "{subs}:";
    }

    String subscribers(String code) {
        return subscriptionPrefix() + "subscribers:" + code;
    }

    String knownStatus(String code) {
        return subscriptionPrefix() + "known:" + code;
    }

    String subscriptionsOf(String subscriber) {
        return subscriptionPrefix() + "of:" + subscriber;
    }

    String watchedDossiers() {
        return subscriptionPrefix() + "watched";
    }

    /** Booking keys share the hash tag {@code {postal}}: placing touches the draft, the booking and the order. */
    String booking(String reference) {
        return prefix + "{postal}:booking:" + reference;
    }

    String bookingDraft(String draftId) {
        return prefix + "{postal}:draft:" + draftId;
    }

    /** Sorted set of booking references by creation time. */
    String bookings() {
        return prefix + "{postal}:bookings";
    }

    /** List of dossier lookups (JSON), newest first, capped. */
    String lookupRecord() {
        return prefix + "audit:dossier-lookups";
    }

    /** List of admin actions (JSON), newest first, capped. */
    String adminRecord() {
        return prefix + "audit:admin";
    }

    /** List of revisions of one procedure, oldest first. */
    String revisions(String procedureId) {
        return prefix + "{kb}:revisions:" + procedureId;
    }

    /** Zalo token keys share the hash tag {@code {zalo}}: adopting configured tokens touches two at once. */
    String zaloTokens() {
        return prefix + "{zalo}:tokens";
    }

    /** Set of fingerprints of the refresh tokens operators configured, to tell a fresh authorisation. */
    String zaloConfiguredTokens() {
        return prefix + "{zalo}:configured";
    }

    /** The lock held by the one instance renewing the Zalo tokens. */
    String zaloRenewal() {
        return prefix + "{zalo}:renewing";
    }

    /** When the Zalo OA's free-reply window for this citizen closes (epoch milliseconds). */
    String zaloReplyWindow(String userId) {
        return prefix + "zalo:window:" + userId;
    }

    /**
     * Work queues share the hash tag {@code {queues}}: adopting a stopped instance's queues moves several
     * of them in one script.
     */
    String ownQueue(String name, String instance) {
        return prefix + "{queues}:own:" + name + ":" + instance;
    }

    String sharedQueue(String name) {
        return prefix + "{queues}:shared:" + name;
    }

    String queueLease(String name, String id) {
        return prefix + "{queues}:lease:" + name + ":" + id;
    }

    /** Counter giving every queued entry its place in line, across instances (adopted entries keep theirs). */
    String queueOrdinal() {
        return prefix + "{queues}:ordinal";
    }

    /** Hash: instance id to the names of its own queues. */
    String queueInstances() {
        return prefix + "{queues}:instances";
    }

    /** Present while the instance lives (refreshed by its heartbeat, expires when it stops). */
    String instanceAlive(String instance) {
        return prefix + "{queues}:alive:" + instance;
    }

    /** The holder's token of an exclusive lease (e.g. who polls Telegram), expiring unless renewed. */
    String lease(String name) {
        return prefix + "lease:" + name;
    }
}
