# frozen_string_literal: true
# Builds test/unit/fixtures/ruby-slugify.json from real Jekyll's Utils.slugify:
#
#   ruby test/conformance/ruby/slugify.rb > test/unit/fixtures/ruby-slugify.json
#
# Inputs are the lines of slugify-inputs.txt (a line starting with a double quote is a JSON
# string; `## ` starts a comment) plus every character I18n.transliterate knows.
require "json"
require "jekyll"

Jekyll.logger.log_level = :error
MODES = [nil, "raw", "default", "pretty", "ascii", "latin", "unknown-mode"].freeze

inputs = File.readlines(File.join(__dir__, "slugify-inputs.txt"), :chomp => true).reject do |l|
  l.start_with?("## ") || l.empty?
end.map { |l| l.start_with?('"') ? JSON.parse(l) : l }
inputs << I18n::Backend::Transliterator::HashTransliterator::DEFAULT_APPROXIMATIONS.keys.join(" ")
inputs << ("\u00a0".."\u024f").to_a.join

cases = inputs.uniq.map do |input|
  results = {}
  MODES.each do |mode|
    [false, true].each do |cased|
      key = "#{mode || "nil"}#{cased ? "+cased" : ""}"
      results[key] = Jekyll::Utils.slugify(input.dup, :mode => mode, :cased => cased)
    end
  end
  { "input" => input, "results" => results }
end

puts JSON.pretty_generate({
  "generatedBy" => "test/conformance/ruby/slugify.rb",
  "ruby" => RUBY_DESCRIPTION,
  "jekyll" => Jekyll::VERSION,
  "i18n" => I18n::VERSION,
  "cases" => cases,
})
