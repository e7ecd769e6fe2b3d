package org.newsfacts.text.normalize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptVariantFilterTest {
    @Test
    void theTraditionalAndSimplifiedSpellingsOfOneWordMeetAfterOpencc() {
        FilterChain chain = FilterChain.of(ScriptFilter.perCharacter(ScriptConverter.shared()),
                new ScriptVariantFilter());
        assertThat(chain.apply("扮演著重要角色")).isEqualTo(chain.apply("扮演着重要角色"));
        assertThat(chain.apply("乾淨的能源")).isEqualTo(chain.apply("干净的能源"));
    }

    @Test
    void openccAloneKeepsThemApart() {
        assertThat(ScriptConverter.shared().toSimplified("扮演著")).isEqualTo("扮演著");
    }
}
