// Eleventy, doing the same work as the bench asks of Galley: every Markdown article through
// one Liquid layout, and a front page listing the newest.
export default function (config) {
  config.addGlobalData("layout", "article.liquid");
  return { dir: { input: "content", includes: "../_includes", output: "_site" }, markdownTemplateEngine: false };
}
