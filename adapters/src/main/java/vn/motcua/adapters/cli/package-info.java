/** Command-line sub-commands of the jar (import). */
package vn.motcua.adapters.cli;
