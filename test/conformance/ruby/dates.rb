# frozen_string_literal: true
# Builds the truth table of Jekyll's Utils.parse_date (Time.parse(input).localtime) for
# test/unit/fixtures/ruby-dates.json, from real Ruby.
#
#   ruby test/conformance/ruby/dates.rb > test/unit/fixtures/ruby-dates.json
#
# Inputs: every combination generated below, then the hand-picked lines of dates-inputs.txt
# (one input per line; a line starting with a double quote is a JSON string; `## ` starts a
# comment line; `input<TAB>!reason` marks an input the TypeScript emulation deliberately
# does not follow, with the reason, which the unit test then skips).
require "time"
require "json"

NOW = Time.at(1_721_038_830).utc # 2024-07-15T10:20:30Z: Time.parse fills missing fields from "now"
ZONES = %w(UTC Europe/Paris America/Los_Angeles Asia/Tokyo).freeze

dates = %w(2014-06-04 2014-6-4 2014-13-45 2014-02-30 2014-02-29 2016-02-29 2014-04-31 2014-00-10
           2014-06-00 14-06-04 2014-06-32 99-12-31 1969-12-31)
times = ["", " 10:20", " 10:20:30", "T10:20:30", " 25:00", " 24:00", " 24:00:00", " 23:59:60",
         " 10:60", " 3:4:5", "T10:20:30.123", " 10:20:30 PM", " 00:00:00"]
zones = ["", " +0200", "+02:00", " -0700", "Z", " UTC", " GMT", " +02", " +0530", " PST", " -00:00"]

inputs = []
dates.each { |d| times.each { |t| inputs << [d + t, nil] } }
%w(2014-06-04 2014-02-30 2014-12-31).each do |d|
  [" 10:20:30", "T23:30:00", " 00:15"].each { |t| zones.each { |z| inputs << [d + t + z, nil] } }
end

File.readlines(File.join(__dir__, "dates-inputs.txt"), :chomp => true).each do |line|
  next if line.start_with?("## ") || line == "##"
  text, reason = line.split("\t!", 2)
  text = JSON.parse(text) if text.start_with?('"')
  inputs << [text, reason]
end

seen = {}
cases = []
inputs.each do |input, reason|
  next if seen[input]

  seen[input] = true
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
  entry = { "input" => input, "results" => results }
  entry["excluded"] = reason if reason
  cases << entry
end

puts JSON.pretty_generate({
  "generatedBy" => "test/conformance/ruby/dates.rb",
  "ruby" => RUBY_DESCRIPTION,
  "now" => NOW.iso8601,
  "zones" => ZONES,
  "cases" => cases,
})
