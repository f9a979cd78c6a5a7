# Loaded by test/conformance/render.mjs with `jekyll build --plugins`: writes each post's `content`
# as Jekyll holds it after conversion (Liquid, then kramdown), before any layout, to the JSON file
# named by JP_CONTENT_OUT, keyed by the post's path relative to the site source.
require "json"

JP_CONTENT = {}

Jekyll::Hooks.register :posts, :post_convert do |post|
  JP_CONTENT[post.relative_path] = post.content
end

Jekyll::Hooks.register :site, :post_write do |_site|
  File.write(ENV.fetch("JP_CONTENT_OUT"), JSON.generate(JP_CONTENT))
end
