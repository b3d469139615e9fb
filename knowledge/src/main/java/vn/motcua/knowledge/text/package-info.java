/** Vietnamese text as citizens type it: folding of diacritics, tokens and syllable bigrams. */
package vn.motcua.knowledge.text;
