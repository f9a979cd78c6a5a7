# frozen_string_literal: true
# Builds test/unit/fixtures/ruby-parse-branches.json from real Ruby, in the shape of
# ruby-parse-forms.json (parse-forms.rb): Jekyll's Utils.parse_date (Time.parse(input).localtime) in
# several zones and Date._parse's hash, for the corners parse-forms-inputs.txt leaves out: how s3e
# sorts a signed or quoted year, a day after a minus, a month left out; digit runs whose year is below
# 100; a time part of odd length; the 128-byte limit counted in UTF-8 bytes; era words; every military
# and North American zone letter of time.rb; offsets that cross a month end.
#
#   ruby test/conformance/ruby/parse-branches.rb > test/unit/fixtures/ruby-parse-branches.json
#
# Inputs: parse-branches-inputs.txt, one a line (a line starting with a double quote is a JSON string;
# `## ` starts a comment line).
require "time"
require "json"

NOW = Time.at(1_721_038_830).utc # 2024-07-15T10:20:30Z: Time.parse fills missing fields from "now"
ZONES = %w(UTC Europe/Paris America/Los_Angeles Asia/Tokyo Asia/Kathmandu).freeze
KEYS = %i(year yday mon mday hour min sec sec_fraction zone wday cwyear cweek cwday).freeze

inputs = File.readlines(File.join(__dir__, "parse-branches-inputs.txt"), :chomp => true).reject { |l| l.start_with?("## ") || l.empty? }
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

puts JSON.pretty_generate({
  "generatedBy" => "test/conformance/ruby/parse-branches.rb",
  "ruby" => RUBY_DESCRIPTION,
  "now" => NOW.iso8601,
  "zones" => ZONES,
  "cases" => cases,
})
