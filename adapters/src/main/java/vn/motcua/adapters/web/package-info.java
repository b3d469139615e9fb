/** The public HTTP API (ask, chat, ping), its error answers, and the web chat page. */
package vn.motcua.adapters.web;
