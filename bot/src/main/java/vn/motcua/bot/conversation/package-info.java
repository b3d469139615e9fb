/** Conversations and their dialogue state, kept behind the {@link vn.motcua.bot.conversation.ConversationStore} port. */
package vn.motcua.bot.conversation;
