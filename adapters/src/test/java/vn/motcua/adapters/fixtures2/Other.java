package vn.motcua.adapters.fixtures2;

/** Test fixture: the adapter package that {@code fixtures1} wrongly depends on. */
public class Other {
}
