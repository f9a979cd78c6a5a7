# frozen_string_literal: true
# Builds test/unit/fixtures/ruby-date-values.json from real Ruby and Jekyll's own YAML loader: for
# a front matter `date:` of each YAML type, the value Jekyll::Utils.safe_load_yaml gives (how Jekyll 4.3.1 reads front matter),
# its `to_s`, and what Document#merge_date! makes of it: Utils.parse_date(value.to_s), that is
# Time.parse(to_s).localtime in the site zone, or Jekyll's "Invalid date '<to_s>'" error.
#
#   ruby test/conformance/ruby/date-values.rb > test/unit/fixtures/ruby-date-values.json
require "time"
require "json"
require "jekyll"

NOW = Time.at(1_721_038_830).utc # 2024-07-15T10:20:30Z, passed to Time.parse for the fields it fills from now
ZONES = %w(UTC Europe/Paris).freeze

# `yaml<TAB>!reason`: a value the TypeScript side deliberately does not follow, with the reason.
lines = File.readlines(File.join(__dir__, "date-values-inputs.txt"), :chomp => true).reject { |l| l.start_with?("## ") || l.empty? }

cases = lines.map do |line|
  yaml, reason = line.split("\t!", 2)
  text = nil
  klass = nil
  results = {}
  ZONES.each do |zone|
    ENV["TZ"] = zone # Jekyll sets TZ to the site zone before it reads any file
    value = Jekyll::Utils.safe_load_yaml("date: #{yaml}\n")["date"]
    text ||= value.to_s
    klass ||= value.class.name
    begin
      t = Time.parse(value.to_s, NOW.getlocal).localtime
      results[zone] = { "epochSeconds" => t.to_i, "offsetMinutes" => t.utc_offset / 60, "iso" => t.iso8601 }
    rescue ArgumentError, RangeError => e
      results[zone] = { "error" => e.message }
    end
  end
  entry = { "yaml" => yaml, "rubyClass" => klass, "toS" => text, "results" => results }
  entry["excluded"] = reason if reason
  entry
end

puts JSON.pretty_generate({
  "generatedBy" => "test/conformance/ruby/date-values.rb",
  "ruby" => RUBY_DESCRIPTION,
  "now" => NOW.iso8601,
  "zones" => ZONES,
  "cases" => cases,
})
