# frozen_string_literal: true
# Builds test/unit/fixtures/ruby-parse-forms.json from real Ruby: what Jekyll's Utils.parse_date
# (Time.parse(input).localtime) gives for the forms Date._parse reads branch by branch (digit runs,
# week and ordinal dates, eras, meridians, zones, offsets that move the date, fields filled from
# now, fragments, day names, the ways s3e sorts two or three numbers, the 128-byte limit, time.rb's
# zone letters), in several zones (London at offset 0 in winter; New York, whose repeated hour at the
# end of summer time falls on the previous UTC day), and Date._parse's hash for each; and the UTC
# offset Ruby's Time#localtime gives before the year 1 (local mean time). Same shape as
# ruby-dates.json (dates.rb), plus "hash" and "offsets".
#
#   ruby test/conformance/ruby/parse-forms.rb > test/unit/fixtures/ruby-parse-forms.json
#
# Inputs: parse-forms-inputs.txt, one a line (a line starting with a double quote is a JSON string;
# `## ` starts a comment line).
require "time"
require "json"

NOW = Time.at(1_721_038_830).utc # 2024-07-15T10:20:30Z: Time.parse fills missing fields from "now"
ZONES = %w(UTC Europe/Paris America/Los_Angeles Asia/Tokyo Asia/Kathmandu Europe/London America/New_York).freeze
# Local midnights before and around the year 1, for the offsets.
OFFSET_YEARS = [-100, -1, 0, 1].freeze
KEYS = %i(year yday mon mday hour min sec sec_fraction zone wday cwyear cweek cwday).freeze

inputs = File.readlines(File.join(__dir__, "parse-forms-inputs.txt"), :chomp => true).reject { |l| l.start_with?("## ") || l.empty? }
inputs = inputs.map { |l| l.start_with?('"') ? JSON.parse(l) : l }.uniq

cases = inputs.map do |input|
  results = {}
  ZONES.each do |zone|
    ENV["TZ"] = zone
    begin
      t = Time.parse(input, NOW.getlocal).localtime
      results[zone] = { "epochSeconds" => t.to_i, "offsetMinutes" => t.utc_offset / 60, "iso" => t.iso8601 }
    rescue ArgumentError, RangeError => e
      results[zone] = { "error" => e.message }
    end
  end
  # Date._parse's own hash, the keys the TypeScript port keeps (sec_fraction as a float).
  hash = begin
    Date._parse(input, true).slice(*KEYS).transform_keys(&:to_s).transform_values { |v| v.is_a?(Rational) ? v.to_f : v }
  rescue ArgumentError => e
    { "error" => e.message }
  end
  { "input" => input, "results" => results, "hash" => hash }
end

offsets = ZONES.flat_map do |zone|
  ENV["TZ"] = zone
  OFFSET_YEARS.map do |year|
    t = Time.local(year, 1, 1)
    { "zone" => zone, "epochSeconds" => t.to_i, "offsetSeconds" => t.utc_offset, "local" => t.to_s }
  end
end

puts JSON.pretty_generate({
  "generatedBy" => "test/conformance/ruby/parse-forms.rb",
  "ruby" => RUBY_DESCRIPTION,
  "now" => NOW.iso8601,
  "zones" => ZONES,
  "cases" => cases,
  "offsets" => offsets,
})
