import { useRef, useState } from 'react'
import { errorText } from '../api/client'

/**
 * One action at a time (submit, save, upload, log in…), so every button does not repeat the same
 * busy / try / catch / finally: `run(call)` ignores a tap while a call is still running (double
 * taps), clears the old error, shows what went wrong in Chinese (errorText) and resolves to true
 * when the call succeeded. `busy` is for the button's look; `setError` is for the form's own checks.
 */
export function useAction() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  // a ref as well as state: two taps in the same frame both see the old `busy`
  const running = useRef(false)

  async function run(call: () => Promise<unknown>): Promise<boolean> {
    if (running.current) return false
    running.current = true
    setBusy(true)
    setError('')
    try {
      await call()
      return true
    } catch (e) {
      setError(errorText(e))
      return false
    } finally {
      running.current = false
      setBusy(false)
    }
  }

  return { busy, error, setError, run }
}
