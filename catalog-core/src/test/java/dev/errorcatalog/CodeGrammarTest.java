package dev.errorcatalog;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CodeGrammarTest {
    @Test
    void walkingBackOverAPartFindsTheDotInFrontOfIt() {
        assertEquals(1, CodeGrammar.dotBefore("A.Bc9", 5));
        assertEquals(3, CodeGrammar.dotBefore("A.B.zZ", 6));
        assertEquals(1, CodeGrammar.dotBefore("A.B.zZ", 3), "from the end given, not the text's");
        assertEquals(0, CodeGrammar.dotBefore(".A", 2), "the first character is looked at too");
        assertEquals(-1, CodeGrammar.dotBefore("AB", 2), "the first part has no dot in front");
    }

    @Test
    void walkingBackRefusesAPartThatIsNotWellFormed() {
        assertEquals(-1, CodeGrammar.dotBefore("A.9B", 4), "a part starts with a letter");
        assertEquals(-1, CodeGrammar.dotBefore("A..B", 2), "an empty part");
        assertEquals(-1, CodeGrammar.dotBefore("A.B.", 4), "an empty last part");
        // the neighbours of the ranges: '{' and '`' of the letters (either case), ':' and '/' of the digits
        for (String bad : new String[]{"{", "`", "[", "@", ":", "/", "\u00e9", "\u212a", " "}) {
            assertEquals(-1, CodeGrammar.dotBefore("A.B" + bad, 4), () -> "A.B" + bad);
        }
        assertEquals(1, CodeGrammar.dotBefore("A.Baz09AZ", 9));
    }
}
