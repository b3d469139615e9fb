package vn.motcua.adapters.fixtures1;

/** Test fixture: an adapter package reaching into another one. */
public class UsesOther {
    public Object other() {
        return new vn.motcua.adapters.fixtures2.Other();
    }
}
