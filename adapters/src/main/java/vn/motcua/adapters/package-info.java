/** The Spring Boot application: every outside-facing adapter and the composition root that wires the core. */
package vn.motcua.adapters;
