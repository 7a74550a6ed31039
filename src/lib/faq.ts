import { getCollection, type CollectionEntry } from "astro:content";

/** A topic with its questions, both in reading order. */
export interface FaqGroup {
  topic: CollectionEntry<"faqTopics">;
  questions: CollectionEntry<"faq">[];
}

/** Every FAQ entry grouped by topic, topics and questions in their `order`. Empty topics are left out. */
export async function getFaqGroups(): Promise<FaqGroup[]> {
  const [topics, questions] = await Promise.all([getCollection("faqTopics"), getCollection("faq")]);
  // Astro does not check references until they are used: a misspelt topic would silently hide its question.
  for (const question of questions) {
    if (!topics.some((topic) => topic.id === question.data.topic.id)) {
      throw new Error(
        `content/faq/${question.id}.mdx: topic "${question.data.topic.id}" is not an id in content/faq-topics.json`,
      );
    }
  }
  return topics
    .sort((a, b) => a.data.order - b.data.order)
    .map((topic) => ({
      topic,
      questions: questions
        .filter((question) => question.data.topic.id === topic.id)
        .sort((a, b) => a.data.order - b.data.order),
    }))
    .filter((group) => group.questions.length > 0);
}
