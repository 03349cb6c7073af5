package newsearch.server.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import newsearch.server.search.query.QueryNode.Clause;
import newsearch.server.search.query.QueryNode.Field;
import newsearch.server.search.query.QueryNode.Fuzzy;
import newsearch.server.search.query.QueryNode.Group;
import newsearch.server.search.query.QueryNode.InField;
import newsearch.server.search.query.QueryNode.Join;
import newsearch.server.search.query.QueryNode.Modifier;
import newsearch.server.search.query.QueryNode.Occur;
import newsearch.server.search.query.QueryNode.Phrase;
import newsearch.server.search.query.QueryNode.Prefix;
import newsearch.server.search.query.QueryNode.Term;
import org.junit.jupiter.api.Test;

class UserQueryParserTest {

  private static Clause clause(QueryNode node) {
    return new Clause(Join.NONE, Modifier.NONE, node);
  }

  @Test
  void plainWordsAreRequiredAndRelaxable() {
    UserQuery q = UserQueryParser.parse("Lavrov summit");
    var words = new Group(List.of(clause(new Term("Lavrov")), clause(new Term("summit"))));
    assertEquals(Optional.of(words), q.query());
    assertEquals(words, q.words());
    assertTrue(q.relaxable());
    assertEquals(List.of(), q.warnings());
  }

  @Test
  void theSyntaxBecomesATree() {
    UserQuery q =
        UserQueryParser.parse(
            "\"container ships\"~2 -Lavrov headline:(Riyadh OR Geneva) inflat* harbuor~");
    var headline = new Field("headline", Optional.of(QueryField.HEADLINE));
    var expected =
        new Group(
            List.of(
                clause(new Phrase("container ships", 2)),
                new Clause(Join.NONE, Modifier.PROHIBITED, new Term("Lavrov")),
                clause(
                    new InField(
                        headline,
                        new Group(
                            List.of(
                                clause(new Term("Riyadh")),
                                new Clause(Join.OR, Modifier.NONE, new Term("Geneva")))))),
                clause(new Prefix("inflat")),
                clause(new Fuzzy("harbuor", Fuzzy.EDITS))));
    assertEquals(Optional.of(expected), q.query());
    assertFalse(q.relaxable(), "an exclusion and a field are conditions");
  }

  @Test
  void orMakesTheClauseOptionalAndMinusExcludes() {
    assertEquals(Occur.SHOULD, new Clause(Join.OR, Modifier.NONE, new Term("a")).occur());
    assertEquals(Occur.MUST, new Clause(Join.AND, Modifier.REQUIRED, new Term("a")).occur());
    assertEquals(Occur.MUST_NOT, new Clause(Join.OR, Modifier.PROHIBITED, new Term("a")).occur());
  }

  @Test
  void fieldNamesAreDefinedOnceAndLookedUpInAnyCase() {
    assertEquals(Optional.of(QueryField.HEADLINE), QueryFields.lookup("Title"));
    assertEquals(Optional.of(QueryField.AUTHOR), QueryFields.lookup("authors"));
    assertEquals(Optional.empty(), QueryFields.lookup("day"));
    assertEquals("Fields: headline, body, source, author.", QueryFields.help());
  }

  @Test
  void brokenSyntaxIsSearchedAsWordsWithAWarning() {
    UserQuery q = UserQueryParser.parse("Lavrov AND (summit");
    assertEquals(Optional.empty(), q.query());
    assertEquals(
        new Group(
            List.of(
                clause(new Term("Lavrov")), clause(new Term("and")), clause(new Term("(summit")))),
        q.words());
    assertTrue(q.relaxable());
    assertEquals(1, q.warnings().size());
    assertTrue(q.warnings().get(0).startsWith("Could not understand the query syntax"));
  }

  @Test
  void anUnknownFieldBeforeASyntaxErrorIsStillWarnedOf() {
    assertEquals(2, UserQueryParser.parse("nope:a (b").warnings().size());
    assertEquals(List.of(), UserQueryParser.parse("nope:a b").warnings(), "the backend warns");
  }

  @Test
  void proseQuestionMarksAndLoneDashesAreNotSyntax() {
    UserQuery q = UserQueryParser.parse("parsing - a survey of computers?");
    assertEquals(5, ((Group) q.query().orElseThrow()).clauses().size());
    assertTrue(q.relaxable());
  }

  @Test
  void anEmptyQueryIsEverything() {
    assertEquals(Optional.of(new QueryNode.Everything()), UserQueryParser.parse("  ").query());
  }
}
