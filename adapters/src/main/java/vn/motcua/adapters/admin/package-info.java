/** The admin console: sign-in and roles, the knowledge-base editor, the unanswered inbox, operator views, the admin API and the audit log. */
package vn.motcua.adapters.admin;
