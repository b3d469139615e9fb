/** The abbreviation and everyday-name dictionary (CCCD, sổ đỏ, ko, bn...): its data format and where admin additions are kept. */
package vn.motcua.knowledge.synonym;
