/** The SMS channel through Twilio: signed webhooks in (messages and delivery statuses), the REST API out; Twilio types stay here. */
package vn.motcua.adapters.sms;
