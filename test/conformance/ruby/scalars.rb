# Prints how Jekyll's YAML loader (Psych.safe_load with Date and Time, as Debian's Jekyll 4.3.1
# calls it) types each plain scalar given as a JSON list on stdin.
# Usage: ruby test/conformance/ruby/scalars.rb < inputs.json > expectations.json
require 'json'
require 'psych'
require 'date'

def describe(value)
  case value
  when nil then { 'type' => 'null' }
  when true, false then { 'type' => 'boolean', 'value' => value }
  when Integer then { 'type' => 'integer', 'value' => value }
  when Float
    if value.nan? then { 'type' => 'float', 'value' => 'NaN' }
    elsif value.infinite? then { 'type' => 'float', 'value' => value > 0 ? 'Infinity' : '-Infinity' }
    else { 'type' => 'float', 'value' => value }
    end
  when Time then { 'type' => 'time', 'value' => value.utc.strftime('%Y-%m-%dT%H:%M:%SZ') }
  when Date then { 'type' => 'date', 'value' => value.strftime('%Y-%m-%d') }
  when String then { 'type' => 'string', 'value' => value }
  else { 'type' => value.class.name }
  end
end

inputs = JSON.parse($stdin.read)
out = inputs.map do |input|
  begin
    data = Psych.safe_load("value: #{input}\n", permitted_classes: [Date, Time], aliases: true)
    { 'input' => input }.merge(describe(data['value']))
  rescue StandardError => e
    { 'input' => input, 'type' => 'error', 'error' => e.class.name }
  end
end
puts JSON.pretty_generate(out)
