/** The Telegram channel: long polling or a webhook in, the Bot API out, through telegrambots; Telegram types stay here. */
package vn.motcua.adapters.telegram;
